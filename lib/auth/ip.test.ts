import { describe, expect, it } from "vitest";
import { requestIp } from "./ip";

const h = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("requestIp", () => {
  it("takes the address the nearest trusted proxy received from, not what the client wrote", () => {
    // The client forged 1.2.3.4; the proxy appended the real peer.
    expect(requestIp(h("1.2.3.4, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(requestIp(h("1.2.3.4, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
  });

  it("reads the socket address Next.js puts there when no proxy is in front", () => {
    expect(requestIp(h("127.0.0.1"), 1)).toBe("127.0.0.1");
  });

  it("trusts nothing with zero hops, and refuses absurd values", () => {
    expect(requestIp(h("203.0.113.7"), 0)).toBeNull();
    expect(requestIp(h(), 1)).toBeNull();
    expect(requestIp(h("x".repeat(65)), 1)).toBeNull();
  });

  it("falls back to the leftmost entry when the chain is shorter than the hops", () => {
    expect(requestIp(h("203.0.113.7"), 2)).toBe("203.0.113.7");
  });
});
