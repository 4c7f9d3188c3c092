import { AreasView } from "@/components/portal/areas-view";
import { portalMetadata } from "@/lib/portal/metadata";

export const metadata = portalMetadata("it", "areas");

export default function Page() {
  return <AreasView locale="it" />;
}
