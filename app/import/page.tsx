import type { Metadata } from "next";
import { ImportForm } from "../../components/import-form";

export const metadata: Metadata = { title: "Import" };

export default function ImportPage() {
  return (
    <section aria-labelledby="import-heading" className="import-page">
      <h1 id="import-heading">Import articles</h1>
      <p className="lede">
        Upload articles as plain text, Markdown or saved web pages, or paste an article&apos;s text. Collate extracts every
        figure, skips files it already has and groups figures about the same quantity across outlets.
      </p>
      <ImportForm />
    </section>
  );
}
