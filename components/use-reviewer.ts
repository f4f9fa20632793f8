"use client";

import { useSyncExternalStore } from "react";

// The reviewer's name is chosen once per browser and sent with every review action.
const STORAGE_KEY = "collate.reviewer";
const CHANGE_EVENT = "collate:reviewer-change";

export function readReviewer(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY)?.trim() || null;
  } catch {
    return null;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}

/** Asks for a name (pre-filled with the current one); returns the stored name, or null if cancelled. */
export function promptForReviewer(): string | null {
  const answer = window.prompt("Your reviewer name (recorded with each review and correction):", readReviewer() ?? "");
  const name = answer?.trim().slice(0, 80);
  if (!name) return readReviewer();
  window.localStorage.setItem(STORAGE_KEY, name);
  window.dispatchEvent(new Event(CHANGE_EVENT));
  return name;
}

/** The reviewer name, asking for it on the first review action. */
export function requireReviewer(): string | null {
  return readReviewer() ?? promptForReviewer();
}

export function useReviewer(): string | null {
  return useSyncExternalStore(subscribe, readReviewer, () => null);
}
