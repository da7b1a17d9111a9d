import { Slot } from '@radix-ui/react-slot'
import type { ButtonHTMLAttributes } from 'react'

import { buttonClass, type TButtonVariant } from './button-class'

type TProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: TButtonVariant
  asChild?: boolean
}

export function Button({ variant = 'primary', asChild, className = '', ...props }: TProps) {
  const Comp = asChild ? Slot : 'button'
  return <Comp className={buttonClass(variant, className)} {...props} />
}
