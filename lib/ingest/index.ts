// Raw file → clean article. The file-system helper lives apart in ./files.
export { prepareDocument } from "./prepare";
export { isIngestError } from "./errors";
export { MAX_CLAIMS_PER_DOCUMENT, MAX_FILE_BYTES } from "./limits";
export { SUPPORTED_EXTENSIONS } from "./format";
export type {
  DocumentFormat,
  IngestError,
  IngestErrorCode,
  IngestFileInput,
  PreparedDocument,
} from "./types";
