import { circle, icon } from './icon'

export const Settings2 = /* @__PURE__ */ icon('settings-2', [
  ['path', { d: 'M14 17H5' }],
  ['path', { d: 'M19 7h-9' }],
  circle('17', '17', '3'),
  circle('7', '7', '3'),
])
