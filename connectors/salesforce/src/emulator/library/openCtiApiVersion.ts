/**
 * The API version our opencti_min.js speaks and stamps on every message (§1.2: each script version
 * sends its own number, and the page answers only a version it speaks). 67.0 is Summer '26.
 */
export const OPEN_CTI_API_VERSION = 67;
