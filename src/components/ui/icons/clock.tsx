import { circle, icon } from './icon'

export const Clock = /* @__PURE__ */ icon('clock', [
  circle('12', '12', '10'),
  ['path', { d: 'M12 6v6l4 2' }],
])
