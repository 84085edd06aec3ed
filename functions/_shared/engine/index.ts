/**
 * Answer extraction from knowledge passages (passages.ts), for answers written without a model. The
 * conversation's decision lives in ../conversation/, understanding a message in ../understanding/.
 */
export { extractAnswer } from './passages.ts';
