"use client";

import { useEffect } from "react";

const FOCUSED_CLASS = "is-focused";

function focusHashTarget() {
  const hash = decodeURIComponent(window.location.hash.slice(1));
  document.querySelectorAll(`.${FOCUSED_CLASS}`).forEach((element) => element.classList.remove(FOCUSED_CLASS));
  if (!hash.startsWith("claim-")) return;
  const target = document.getElementById(hash);
  if (!target) return;
  target.classList.add(FOCUSED_CLASS);
  // Centre it (the browser's own jump puts it at the very top, under the header) and move
  // keyboard focus there so screen readers announce the figure.
  target.scrollIntoView({ block: "center" });
  target.focus({ preventScroll: true });
}

/** Highlights and scrolls to `#claim-{id}` on load and whenever the hash changes. */
export function ClaimTargetFocus() {
  useEffect(() => {
    focusHashTarget();
    window.addEventListener("hashchange", focusHashTarget);
    return () => window.removeEventListener("hashchange", focusHashTarget);
  }, []);
  return null;
}
