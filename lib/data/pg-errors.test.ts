import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, isPoolExhausted } from "./pg-errors";

const withCode = (code: string, message = "x") => Object.assign(new Error(message), { code });

describe("isDatabaseUnavailable", () => {
  it("recognises a server away, shutting down, starting or refusing connections", () => {
    expect(isDatabaseUnavailable(withCode("ECONNREFUSED"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("57P01", "terminating connection"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("57P03", "the database system is starting up"))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(withCode("08006"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    // drizzle wraps the driver's error as the cause; Node's AggregateError lists each address.
    expect(isDatabaseUnavailable(new Error("Failed query", { cause: withCode("57P01") }))).toBe(
      true,
    );
    expect(
      isDatabaseUnavailable(Object.assign(new AggregateError([withCode("ECONNREFUSED")]), {})),
    ).toBe(true);
  });

  it("leaves wrong queries and broken constraints alone", () => {
    expect(isDatabaseUnavailable(withCode("23505"))).toBe(false);
    expect(isDatabaseUnavailable(withCode("42P01", "relation does not exist"))).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

describe("isPoolExhausted", () => {
  it("tells a pool with no free connection from a database that is away", () => {
    const busy = new Error("timeout exceeded when trying to connect");
    expect(isPoolExhausted(new Error("Failed query", { cause: busy }))).toBe(true);
    expect(isDatabaseUnavailable(busy)).toBe(true);
    expect(isPoolExhausted(withCode("ECONNREFUSED"))).toBe(false);
    expect(isPoolExhausted(new Error("Connection terminated due to connection timeout"))).toBe(
      false,
    );
  });
});
