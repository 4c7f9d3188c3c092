import Link from "next/link";
import { t } from "@/lib/i18n";

export default function NotFound() {
  return (
    <main id="contenuto" className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="mb-4 text-3xl font-bold text-primary-darker">{t.errors.notFound.title}</h1>
      <p data-testid="not-found">{t.errors.notFound.body}</p>
      <p className="mt-6">
        <Link href="/scrivania" className="text-primary underline">
          {t.errors.notFound.backToDesk}
        </Link>
      </p>
    </main>
  );
}
