import { circle, icon } from './icon'

export const CircleAlert = /* @__PURE__ */ icon('circle-alert', [
  circle('12', '12', '10'),
  ['line', { x1: '12', x2: '12', y1: '8', y2: '12' }],
  ['line', { x1: '12', x2: '12.01', y1: '16', y2: '16' }],
])
