import { DocumentsView } from "@/components/portal/documents-view";
import { portalMetadata } from "@/lib/portal/metadata";

export const metadata = portalMetadata("en", "documents");

export default function Page() {
  return <DocumentsView locale="en" />;
}
