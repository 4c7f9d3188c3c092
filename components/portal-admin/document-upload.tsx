"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { portalAdmin } from "@/lib/i18n/it/portal-admin";

const t = { portalAdmin };

const m = t.portalAdmin.documents;
const control =
  "block w-full rounded border border-[#5c6f82] bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-2 aria-[invalid=true]:border-danger";

type Problem = { detail?: string; errors?: Record<string, string[]> };

/** Publishes a PDF through the API (multipart): the server checks the content, name and size. */
export function DocumentUpload({ maxMb }: { maxMb: number }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const fe = problem?.errors ?? {};

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setSaved(null);
    setProblem(null);
    try {
      const res = await fetch("/api/v1/portal/documents", {
        method: "POST",
        body: new FormData(event.currentTarget),
      });
      if (res.ok) {
        const doc = (await res.json()) as { nomeFile: string };
        formRef.current?.reset();
        setSaved(m.saved(doc.nomeFile));
        router.refresh();
      } else {
        setProblem(((await res.json().catch(() => ({}))) as Problem) ?? {});
      }
    } catch {
      setProblem({ detail: m.failed });
    } finally {
      setPending(false);
    }
  }

  const field = (name: string) =>
    fe[name] ? { "aria-invalid": true as const, "aria-describedby": `doc-${name}-error` } : {};
  const error = (name: string) =>
    fe[name] ? (
      <p id={`doc-${name}-error`} className="text-sm font-semibold text-danger">
        {fe[name].join(" ")}
      </p>
    ) : null;

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="space-y-4"
      data-testid="document-upload"
      noValidate
    >
      <div aria-live="polite">
        {saved ? (
          <Notice tone="success" testId="document-saved">
            {saved}
          </Notice>
        ) : null}
        {problem ? (
          <Notice tone="error" title={m.notSaved}>
            <p>{problem.detail ?? m.failed}</p>
          </Notice>
        ) : null}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="doc-titolo" className="block font-semibold">
            {m.titolo} <span aria-hidden="true">*</span>
          </label>
          <input id="doc-titolo" name="titolo" required className={control} {...field("titolo")} />
          {error("titolo")}
        </div>
        <div className="space-y-1">
          <label htmlFor="doc-dataAtto" className="block font-semibold">
            {m.dataAtto}
          </label>
          <input
            id="doc-dataAtto"
            name="dataAtto"
            type="date"
            className={control}
            {...field("dataAtto")}
          />
          {error("dataAtto")}
        </div>
        <div className="space-y-1 md:col-span-2">
          <label htmlFor="doc-descrizione" className="block font-semibold">
            {m.descrizione}
          </label>
          <input
            id="doc-descrizione"
            name="descrizione"
            className={control}
            {...field("descrizione")}
          />
          {error("descrizione")}
        </div>
        <div className="space-y-1 md:col-span-2">
          <label htmlFor="doc-file" className="block font-semibold">
            {m.file} <span aria-hidden="true">*</span>
          </label>
          <p id="doc-file-hint" className="text-sm text-muted">
            {m.fileHint(maxMb)}
          </p>
          <input
            id="doc-file"
            name="file"
            type="file"
            accept="application/pdf,.pdf"
            required
            aria-describedby={fe.file ? "doc-file-hint doc-file-error" : "doc-file-hint"}
            aria-invalid={fe.file ? true : undefined}
            className={control}
          />
          {error("file")}
        </div>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? m.submitting : m.submit}
      </Button>
    </form>
  );
}
