import { useEffect, useRef, useState } from "react";
import { isVerdict, type FacetOption, type GroupFilterOptions, type GroupFilters } from "../lib/store/filter-groups";
import { verdictLabels } from "./figure-format";

interface ComparisonFiltersProps {
  filters: GroupFilters;
  /** Facet values with their group counts, over every group. */
  options: GroupFilterOptions;
  /** `replace`: a keystroke in the search box (no history entry per letter). */
  onChange: (filters: GroupFilters, how?: "push" | "replace") => void;
}

interface FilterSelectProps {
  id: string;
  label: string;
  allLabel: string;
  value: string | undefined;
  choices: readonly FacetOption[];
  onChange: (value: string | undefined) => void;
}

// Long enough to skip the server round trips of a word being typed, short enough to feel live.
const SEARCH_DEBOUNCE_MS = 300;

const countFormat = new Intl.NumberFormat("en-US");

function FilterSelect({ id, label, allLabel, value, choices, onChange }: FilterSelectProps) {
  // Keep a URL-supplied value selectable even when no group has it.
  const allChoices = value && !choices.some((choice) => choice.value === value) ? [...choices, { value, label: value, count: 0 }] : choices;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ""} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{allLabel}</option>
        {allChoices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label} ({countFormat.format(choice.count)})
          </option>
        ))}
      </select>
    </div>
  );
}

/** The search box keeps its own text while typing and sends it to the URL after a pause. */
function SearchField({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(value);
  const onSearchRef = useRef(onSearch);
  useEffect(() => {
    onSearchRef.current = onSearch;
  });
  // The last value this box asked for: a different `value` means the URL changed elsewhere (Clear, Back).
  const requested = useRef(value);
  useEffect(() => {
    if (value === requested.current) return;
    requested.current = value;
    setText(value);
  }, [value]);

  useEffect(() => {
    if (text.trim() === requested.current) return;
    const timer = setTimeout(() => {
      requested.current = text.trim();
      onSearchRef.current(text.trim());
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <div className="field field-search">
      <label htmlFor="group-search">Search</label>
      <input
        id="group-search"
        type="search"
        value={text}
        placeholder="Label, figure, quote, outlet…"
        autoComplete="off"
        onChange={(event) => setText(event.target.value)}
      />
    </div>
  );
}

export function ComparisonFilters({ filters, options, onChange }: ComparisonFiltersProps) {
  const update = (patch: GroupFilters) => onChange({ ...filters, ...patch });
  const hasFilters = Boolean(filters.verdict || filters.unit || filters.source || filters.q);

  return (
    <form className="filters" role="search" aria-label="Filter groups" onSubmit={(event) => event.preventDefault()}>
      <SearchField value={filters.q ?? ""} onSearch={(q) => onChange({ ...filters, q: q || undefined }, "replace")} />
      <FilterSelect
        id="filter-verdict"
        label="Verdict"
        allLabel="All verdicts"
        value={filters.verdict}
        choices={options.verdicts.map((option) => ({ ...option, label: verdictLabels[option.value] }))}
        onChange={(value) => update({ verdict: isVerdict(value) ? value : undefined })}
      />
      <FilterSelect id="filter-unit" label="Unit" allLabel="All units" value={filters.unit} choices={options.units} onChange={(unit) => update({ unit })} />
      <FilterSelect
        id="filter-source"
        label="Source"
        allLabel="All sources"
        value={filters.source}
        choices={options.sources}
        onChange={(source) => update({ source })}
      />
      <button type="button" className="button button-quiet" disabled={!hasFilters} onClick={() => onChange({})}>
        Clear filters
      </button>
    </form>
  );
}
