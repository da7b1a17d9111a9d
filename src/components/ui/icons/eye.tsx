import { circle, icon } from './icon'

export const Eye = /* @__PURE__ */ icon('eye', [
  [
    'path',
    {
      d: 'M2.062 12.348a1 1 0 0 1 0-.696 10.75 10.75 0 0 1 19.876 0 1 1 0 0 1 0 .696 10.75 10.75 0 0 1-19.876 0',
    },
  ],
  circle('12', '12', '3'),
])
