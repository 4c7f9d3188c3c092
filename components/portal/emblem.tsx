/** The portal's mark: a ring of houses around a centre, for comuni that work together. */
export function Emblem({ className }: { className?: string }) {
  const houses = Array.from({ length: 8 }, (_, i) => (i * 360) / 8);
  return (
    <svg viewBox="0 0 64 64" className={className} aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="31" fill="#fff" />
      <circle cx="32" cy="32" r="9" fill="#0066cc" />
      {houses.map((deg) => (
        <path
          key={deg}
          d="M32 6 l6 5 v6 h-12 v-6 z"
          fill="#003366"
          transform={`rotate(${deg} 32 32)`}
        />
      ))}
    </svg>
  );
}
