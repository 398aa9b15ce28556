import { useFieldErrorText } from "./use-field-error-text";

/** A field problem in the reader's language (server or client component). */
export function FieldErrorText({ message }: { message: string }) {
  return useFieldErrorText()(message);
}
