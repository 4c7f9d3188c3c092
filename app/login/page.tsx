import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { currentActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Accesso" };

export default async function LoginPage() {
  if (await currentActor()) redirect("/scrivania");
  return (
    <main id="contenuto" className="flex min-h-screen items-center justify-center bg-surface p-4">
      <div className="w-full max-w-md rounded border border-line bg-white p-8 shadow-sm">
        <p className="text-sm font-semibold uppercase tracking-wide text-primary">
          Zona · Piano di Zona
        </p>
        <h1 className="mb-6 text-3xl font-bold text-primary-darker">Accesso operatori</h1>
        <LoginForm />
        <p className="mt-6 text-sm text-muted">
          Sei un cittadino?{" "}
          <Link href="/" className="text-primary underline">
            Torna al portale pubblico
          </Link>
          .
        </p>
      </div>
    </main>
  );
}
