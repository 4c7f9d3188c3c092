import Link from "next/link";
import { t } from "@/lib/i18n";

/** The district's banner on the public pages, with the way into the staff area. */
export function PublicHeader() {
  return (
    <header className="bg-primary text-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-6">
        <div>
          <p className="text-sm uppercase tracking-wide">{t.publicHome.organisation}</p>
          <Link href="/" className="text-3xl font-bold text-white no-underline">
            {t.publicHome.district}
          </Link>
        </div>
        <Link
          href="/login"
          className="rounded border border-white px-4 py-2 font-semibold text-white no-underline hover:bg-white hover:text-primary"
        >
          {t.publicHome.staffArea}
        </Link>
      </div>
    </header>
  );
}
