/** Lexical output (paragraphs, headings, lists, links) in the portal's type. */
export const PROSE =
  'text-ivory/90 leading-relaxed text-[1.05rem] [&_p]:mb-5 [&_h2]:text-2xl [&_h2]:font-light [&_h2]:text-ivory [&_h2]:mt-10 [&_h2]:mb-4 [&_h3]:text-xl [&_h3]:mt-8 [&_h3]:mb-3 [&_ul]:list-disc [&_ol]:list-decimal [&_ul]:pl-6 [&_ol]:pl-6 [&_li]:mb-2 [&_a]:text-amber [&_a]:underline [&_a]:underline-offset-4 [&_strong]:text-ivory [&_blockquote]:border-l [&_blockquote]:border-amber [&_blockquote]:pl-5 [&_blockquote]:text-mist'
