"use client";

import { useEffect, useState, useTransition, type ReactNode } from "react";
import { mergeGroupsAction, moveClaimsAction, renameGroupAction, resolveGroupAction, splitGroupAction } from "../app/review/actions";
import type { ActionResult } from "../lib/store/review-errors";
import { ActionFeedback, toMessage, type ActionMessage } from "./action-feedback";
import { requireReviewer } from "./use-reviewer";

export interface GroupEditorProps {
  group: { id: number; version: number; label: string; resolution: string | null };
  claims: { claimId: number; version: number; label: string }[];
  choices: { id: number; label: string; unit: string; version: number }[];
}

/** One of the editor's one-field forms: a labelled field and its submit button, submitted without a page load. */
function GroupForm({ name, submitText, pending, onSubmit, children }: { name: string; submitText: string; pending: boolean; onSubmit: () => void; children: ReactNode }) {
  return (
    <form
      className="inline-form"
      aria-label={name}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <div className="field field-wide">{children}</div>
      <button type="submit" className="button" disabled={pending}>
        {submitText}
      </button>
    </form>
  );
}

/** The options of a group picker (move to, merge from): a blank prompt, then each group with its id and unit. */
function GroupChoiceOptions({ choices }: { choices: GroupEditorProps["choices"] }) {
  return (
    <>
      <option value="">Choose a group…</option>
      {choices.map((choice) => (
        <option key={choice.id} value={choice.id}>
          {choice.id}: {choice.label} ({choice.unit})
        </option>
      ))}
    </>
  );
}

/** Resolution, label and the grouping corrections (split, move, merge) of one group. */
export function GroupEditor({ group, claims, choices }: GroupEditorProps) {
  const [label, setLabel] = useState(group.label);
  const [resolution, setResolution] = useState(group.resolution ?? "");
  const [selected, setSelected] = useState<number[]>([]);
  const [splitLabel, setSplitLabel] = useState("");
  const [moveTarget, setMoveTarget] = useState("");
  const [mergeSource, setMergeSource] = useState("");
  const [message, setMessage] = useState<ActionMessage | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    setLabel(group.label);
    setResolution(group.resolution ?? "");
  }, [group.version, group.label, group.resolution]);
  useEffect(() => setSelected((ids) => ids.filter((id) => claims.some((claim) => claim.claimId === id))), [claims]);

  const groupRef = { id: group.id, version: group.version };
  const selectedRefs = claims.filter((claim) => selected.includes(claim.claimId)).map((claim) => ({ id: claim.claimId, version: claim.version }));

  function act<T>(call: (actor: string) => Promise<ActionResult<T>>, success: (data: T) => string) {
    const actor = requireReviewer();
    if (!actor) return setMessage({ kind: "error", text: "Set a reviewer name to record corrections." });
    startTransition(async () => {
      const result = await call(actor);
      setMessage(toMessage(result, result.ok ? success(result.data) : ""));
      if (result.ok) setSelected([]);
    });
  }

  const labelOf = (id: number) => choices.find((choice) => choice.id === id)?.label ?? `group ${id}`;

  return (
    <div className="group-editor">
      <div aria-live="polite">
        <ActionFeedback message={message} />
      </div>
      <GroupForm
        name="Group resolution"
        submitText="Save resolution"
        pending={pending}
        onSubmit={() => act((actor) => resolveGroupAction({ actor, group: groupRef, resolution }), () => "Resolution saved.")}
      >
        <label htmlFor="group-resolution">Resolution (accepted figure and source; carried by the exports)</label>
        <textarea id="group-resolution" rows={2} maxLength={2000} value={resolution} onChange={(event) => setResolution(event.target.value)} />
      </GroupForm>
      <GroupForm
        name="Rename the group"
        submitText="Rename group"
        pending={pending}
        onSubmit={() => act((actor) => renameGroupAction({ actor, group: groupRef, label }), () => "Label saved; re-grouping will keep it.")}
      >
        <label htmlFor="group-label">Label</label>
        <input id="group-label" value={label} maxLength={300} onChange={(event) => setLabel(event.target.value)} />
      </GroupForm>

      <fieldset className="claim-picker">
        <legend>Claims in this group: select some to split off or move</legend>
        <ul>
          {claims.map((claim) => (
            <li key={claim.claimId}>
              <label>
                <input
                  type="checkbox"
                  checked={selected.includes(claim.claimId)}
                  onChange={(event) =>
                    setSelected((ids) => (event.target.checked ? [...ids, claim.claimId] : ids.filter((id) => id !== claim.claimId)))
                  }
                />{" "}
                {claim.label}
              </label>
            </li>
          ))}
        </ul>
        <div className="inline-form">
          <div className="field">
            <label htmlFor="split-label">New group label (optional)</label>
            <input id="split-label" value={splitLabel} maxLength={300} onChange={(event) => setSplitLabel(event.target.value)} />
          </div>
          <button
            type="button"
            className="button"
            disabled={pending || selectedRefs.length === 0}
            onClick={() =>
              act(
                (actor) => splitGroupAction({ actor, group: groupRef, claims: selectedRefs, ...(splitLabel.trim() ? { label: splitLabel } : {}) }),
                (newId) => `Split off into group ${newId}.`,
              )
            }
          >
            Split selected into a new group
          </button>
        </div>
        <div className="inline-form">
          <div className="field">
            <label htmlFor="move-target">Move to group</label>
            <select id="move-target" value={moveTarget} onChange={(event) => setMoveTarget(event.target.value)}>
              <GroupChoiceOptions choices={choices} />
            </select>
          </div>
          <button
            type="button"
            className="button"
            disabled={pending || selectedRefs.length === 0 || !moveTarget}
            onClick={() =>
              act((actor) => moveClaimsAction({ actor, claims: selectedRefs, targetGroupId: Number(moveTarget) }), (target) => `Moved to ${labelOf(target)} (group ${target}).`)
            }
          >
            Move selected
          </button>
        </div>
      </fieldset>

      <GroupForm
        name="Merge groups"
        submitText="Merge into this group"
        pending={pending}
        onSubmit={() => {
          const other = choices.find((choice) => choice.id === Number(mergeSource));
          if (!other) return setMessage({ kind: "error", text: "Choose a group to merge into this one." });
          act((actor) => mergeGroupsAction({ actor, target: groupRef, others: [{ id: other.id, version: other.version }] }), () => `Merged group ${other.id} into this group.`);
        }}
      >
        <label htmlFor="merge-source">Merge another group into this one</label>
        <select id="merge-source" value={mergeSource} onChange={(event) => setMergeSource(event.target.value)}>
          <GroupChoiceOptions choices={choices} />
        </select>
      </GroupForm>
    </div>
  );
}
