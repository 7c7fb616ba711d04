/** The optional permission that lets Fitcheck read company websites on every visit. */
export const ALL_SITES = { origins: ['*://*/*'] };
