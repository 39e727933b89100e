/** The meetup's mark beside its name: a cloud over the river's bend, drawn in the accent colour at any size. */
export function BrandMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 40 40" width="32" height="32" aria-hidden="true" focusable="false">
      <rect width="40" height="40" rx="10" fill="currentColor" />
      <path
        d="M12.5 25.5h15.2a5.3 5.3 0 0 0 .6-10.6 7.8 7.8 0 0 0-14.9-1.3 6 6 0 0 0-.9 11.9z"
        fill="var(--accent-text)"
      />
      <path
        d="M9 31c4-2.2 8-2.2 11 0s7 2.2 11 0"
        fill="none"
        stroke="var(--accent-text)"
        strokeWidth="2.2"
        strokeLinecap="round"
      />
    </svg>
  );
}
