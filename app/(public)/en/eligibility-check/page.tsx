import { SelfCheckView } from "@/components/portal/self-check-view";
import { portalMetadata } from "@/lib/portal/metadata";

export const metadata = portalMetadata("en", "selfCheck");

export default function Page() {
  return <SelfCheckView locale="en" />;
}
