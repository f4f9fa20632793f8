import type { Verdict } from "../lib/comparison/types";
import { isVerdict, type GroupFilterOptions, type GroupFilters } from "../lib/store/filter-groups";
import { verdictLabels } from "./figure-format";

interface ComparisonFiltersProps {
  filters: GroupFilters;
  options: GroupFilterOptions;
  /** Short display names for the source filter's values (see `sourceLabel`). */
  sourceLabels?: ReadonlyMap<string, string>;
  onChange: (filters: GroupFilters) => void;
}

interface FilterSelectProps {
  id: string;
  label: string;
  allLabel: string;
  value: string | undefined;
  choices: readonly { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
}

function FilterSelect({ id, label, allLabel, value, choices, onChange }: FilterSelectProps) {
  // Keep a URL-supplied value selectable even when no current group has it.
  const allChoices = value && !choices.some((choice) => choice.value === value) ? [...choices, { value, label: value }] : choices;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ""} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{allLabel}</option>
        {allChoices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ComparisonFilters({ filters, options, sourceLabels, onChange }: ComparisonFiltersProps) {
  const update = (patch: GroupFilters) => onChange({ ...filters, ...patch });
  const hasFilters = Boolean(filters.verdict || filters.unit || filters.source || filters.q);
  return (
    <form className="filters" role="search" aria-label="Filter groups" onSubmit={(event) => event.preventDefault()}>
      <div className="field field-search">
        <label htmlFor="group-search">Search</label>
        <input
          id="group-search"
          type="search"
          value={filters.q ?? ""}
          placeholder="Label, figure, quote, outlet…"
          autoComplete="off"
          onChange={(event) => update({ q: event.target.value || undefined })}
        />
      </div>
      <FilterSelect
        id="filter-verdict"
        label="Verdict"
        allLabel="All verdicts"
        value={filters.verdict}
        choices={options.verdicts.map((verdict: Verdict) => ({ value: verdict, label: verdictLabels[verdict] }))}
        onChange={(value) => update({ verdict: isVerdict(value) ? value : undefined })}
      />
      <FilterSelect
        id="filter-unit"
        label="Unit"
        allLabel="All units"
        value={filters.unit}
        choices={options.units.map((unit) => ({ value: unit, label: unit }))}
        onChange={(unit) => update({ unit })}
      />
      <FilterSelect
        id="filter-source"
        label="Source"
        allLabel="All sources"
        value={filters.source}
        choices={options.sources.map((source) => ({ value: source, label: sourceLabels?.get(source) ?? source }))}
        onChange={(source) => update({ source })}
      />
      <button type="button" className="button button-quiet" disabled={!hasFilters} onClick={() => onChange({})}>
        Clear filters
      </button>
    </form>
  );
}
