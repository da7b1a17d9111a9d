import { circle, icon } from './icon'

export const Circle = /* @__PURE__ */ icon('circle', [circle('12', '12', '10')])
