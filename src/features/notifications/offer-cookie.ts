/** The cookie that remembers "no, thanks" for one language, so the language offer does not nag. */
export const OFFER_DECLINED_COOKIE = 'locale-offer-declined'
