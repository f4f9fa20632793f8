import type { GroupRow } from "../lib/store/types";
import { formatSpread, formatStatedRange } from "./figure-format";

/** The stated figures' range first; below it, the wider interval their wording allows when that differs. */
export function GroupSpread({ group }: { group: GroupRow }) {
  const allowed = formatSpread(group);
  const stated = formatStatedRange(group);
  if (!stated || stated === allowed) return <span className="group-spread">{allowed}</span>;
  return (
    <>
      <span className="group-spread">{stated}</span>
      <span className="group-interval">wording allows {allowed}</span>
    </>
  );
}
