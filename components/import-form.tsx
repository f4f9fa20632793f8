"use client";

import { useActionState } from "react";
import { importArticles } from "../app/import/actions";
import { initialImportState } from "../app/import/import-state";
import { ImportReport } from "./import-report";

const ACCEPTED_TYPES = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

export function ImportForm() {
  const [state, formAction, isPending] = useActionState(importArticles, initialImportState);
  return (
    <>
      <form action={formAction} className="import-form" aria-busy={isPending}>
        <fieldset disabled={isPending}>
          <legend>Files</legend>
          <div className="field">
            <label htmlFor="import-files">Article files</label>
            <input id="import-files" name="files" type="file" multiple accept={ACCEPTED_TYPES} aria-describedby="import-files-hint" />
            <p id="import-files-hint" className="hint">
              .txt, .md, .markdown, .html or .htm; several at once.
            </p>
          </div>
        </fieldset>
        <fieldset disabled={isPending}>
          <legend>Or paste an article</legend>
          <div className="field">
            <label htmlFor="pasted-title">Title (optional)</label>
            <input id="pasted-title" name="pastedTitle" type="text" maxLength={500} />
          </div>
          <div className="field">
            <label htmlFor="pasted-url">Article URL (optional)</label>
            <input id="pasted-url" name="pastedUrl" type="url" inputMode="url" placeholder="https://…" />
          </div>
          <div className="field">
            <label htmlFor="pasted-text">Paste article text</label>
            <textarea id="pasted-text" name="pastedText" rows={8} />
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isPending}>
            {isPending ? "Importing…" : "Import"}
          </button>
          {isPending ? (
            <span className="pending-note" aria-hidden="true">
              Extracting figures and regrouping; large batches take a few seconds.
            </span>
          ) : null}
        </div>
      </form>
      <ImportReport state={state} isPending={isPending} />
    </>
  );
}
