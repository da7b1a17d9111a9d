import type { ReactNode } from 'react'

type TNode = {
  type?: string
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  children?: TNode[]
}

const BOLD = 1
const ITALIC = 2

function inline(node: TNode, key: number): ReactNode {
  if (node.type === 'linebreak') return <br key={key} />
  if (node.type === 'text') {
    const f = typeof node.format === 'number' ? node.format : 0
    let out: ReactNode = node.text ?? ''
    if (f & ITALIC) out = <em>{out}</em>
    if (f & BOLD) out = <strong className="font-medium text-ivory">{out}</strong>
    return <span key={key}>{out}</span>
  }
  return <span key={key}>{(node.children ?? []).map(inline)}</span>
}

function block(node: TNode, key: number): ReactNode {
  const children = (node.children ?? []).map(inline)
  switch (node.type) {
    case 'heading':
      return (
        <h4 key={key} className="text-ivory text-lg font-light mt-2">
          {children}
        </h4>
      )
    case 'list': {
      const items = (node.children ?? []).map((li, i) => (
        <li key={i}>{(li.children ?? []).map(inline)}</li>
      ))
      return node.listType === 'number' ? (
        <ol key={key} className="list-decimal pl-5 flex flex-col gap-1">
          {items}
        </ol>
      ) : (
        <ul key={key} className="list-disc pl-5 flex flex-col gap-1">
          {items}
        </ul>
      )
    }
    case 'quote':
      return (
        <blockquote key={key} className="border-l border-amber pl-4 italic">
          {children}
        </blockquote>
      )
    default:
      return <p key={key}>{children}</p>
  }
}

/**
 * An update's text from Payload's rich-text JSON, as plain server-rendered markup: paragraphs,
 * headings, lists, quotes, bold and italic. No HTML from the editor is ever injected, and no
 * editor code reaches the browser.
 */
export function RichText({ value }: { value: unknown }) {
  const root = (value as { root?: TNode } | null)?.root
  if (!root?.children?.length) return null
  return (
    <div className="flex flex-col gap-3 text-mist leading-relaxed">{root.children.map(block)}</div>
  )
}
