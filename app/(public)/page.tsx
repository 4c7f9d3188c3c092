import { HomeView } from "@/components/portal/home-view";
import { portalMetadata } from "@/lib/portal/metadata";

export const metadata = portalMetadata("it", "home");

export default function Page() {
  return <HomeView locale="it" />;
}
