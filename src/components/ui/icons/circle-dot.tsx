import { circle, icon } from './icon'

export const CircleDot = /* @__PURE__ */ icon('circle-dot', [
  circle('12', '12', '1'),
  circle('12', '12', '10'),
])
