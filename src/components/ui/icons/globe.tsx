import { circle, icon } from './icon'

export const Globe = /* @__PURE__ */ icon('globe', [
  circle('12', '12', '10'),
  ['path', { d: 'M12 2a14.5 14.5 0 0 0 0 20 14.5 14.5 0 0 0 0-20' }],
  ['path', { d: 'M2 12h20' }],
])
