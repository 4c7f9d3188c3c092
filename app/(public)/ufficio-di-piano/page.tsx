import { OfficeView } from "@/components/portal/office-view";
import { portalMetadata } from "@/lib/portal/metadata";

export const metadata = portalMetadata("it", "office");

export default function Page() {
  return <OfficeView locale="it" />;
}
