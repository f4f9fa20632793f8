"use client";

import { useEffect, useState, useTransition } from "react";
import { mergeGroupsAction, moveClaimsAction, renameGroupAction, resolveGroupAction, splitGroupAction } from "../app/review/actions";
import type { ActionResult } from "../lib/store/review-errors";
import { ActionFeedback, toMessage, type ActionMessage } from "./action-feedback";
import { requireReviewer } from "./use-reviewer";

export interface GroupEditorProps {
  group: { id: number; version: number; label: string; resolution: string | null };
  claims: { claimId: number; version: number; label: string }[];
  choices: { id: number; label: string; unit: string; version: number }[];
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
      <form
        className="inline-form"
        aria-label="Group resolution"
        onSubmit={(event) => {
          event.preventDefault();
          act((actor) => resolveGroupAction({ actor, group: groupRef, resolution }), () => "Resolution saved.");
        }}
      >
        <div className="field field-wide">
          <label htmlFor="group-resolution">Resolution (accepted figure and source; carried by the exports)</label>
          <textarea id="group-resolution" rows={2} maxLength={2000} value={resolution} onChange={(event) => setResolution(event.target.value)} />
        </div>
        <button type="submit" className="button" disabled={pending}>
          Save resolution
        </button>
      </form>
      <form
        className="inline-form"
        aria-label="Rename the group"
        onSubmit={(event) => {
          event.preventDefault();
          act((actor) => renameGroupAction({ actor, group: groupRef, label }), () => "Label saved; re-grouping will keep it.");
        }}
      >
        <div className="field field-wide">
          <label htmlFor="group-label">Label</label>
          <input id="group-label" value={label} maxLength={300} onChange={(event) => setLabel(event.target.value)} />
        </div>
        <button type="submit" className="button" disabled={pending}>
          Rename group
        </button>
      </form>

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
              <option value="">Choose a group…</option>
              {choices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.id}: {choice.label} ({choice.unit})
                </option>
              ))}
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

      <form
        className="inline-form"
        aria-label="Merge groups"
        onSubmit={(event) => {
          event.preventDefault();
          const other = choices.find((choice) => choice.id === Number(mergeSource));
          if (!other) return setMessage({ kind: "error", text: "Choose a group to merge into this one." });
          act((actor) => mergeGroupsAction({ actor, target: groupRef, others: [{ id: other.id, version: other.version }] }), () => `Merged group ${other.id} into this group.`);
        }}
      >
        <div className="field field-wide">
          <label htmlFor="merge-source">Merge another group into this one</label>
          <select id="merge-source" value={mergeSource} onChange={(event) => setMergeSource(event.target.value)}>
            <option value="">Choose a group…</option>
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.id}: {choice.label} ({choice.unit})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={pending}>
          Merge into this group
        </button>
      </form>
    </div>
  );
}
