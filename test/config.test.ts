import { expect } from "chai";
import { ConfigError, loadConfig, redactUrl } from "../src/config.ts";

describe("config.loadConfig()", () => {
  it("has defaults that start the server on the embedded SQLite database", () => {
    const c = loadConfig({}, "/srv/ww");
    expect(c.port).to.equal(8080);
    expect(c.host).to.equal("127.0.0.1");
    expect(c.appUrl).to.equal("http://127.0.0.1:8080");
    expect(c.database).to.deep.equal({
      kind: "sqlite",
      path: "/srv/ww/var/watchword.sqlite",
      synchronous: "full",
    });
    expect(c.logLevel).to.equal("info");
    expect(c.migrateOnStart).to.equal(true);
    expect(c.serverKeyType).to.equal("curve25519");
  });

  it("derives APP_URL from PORT and strips a trailing slash from an explicit one", () => {
    expect(loadConfig({ PORT: "9000" }).appUrl).to.equal("http://127.0.0.1:9000");
    expect(loadConfig({ APP_URL: "https://vault.example.com/" }).appUrl).to.equal(
      "https://vault.example.com",
    );
  });

  it("reads mysql and mariadb URLs", () => {
    const c = loadConfig({ DATABASE_URL: "mariadb://u:p@db:3306/ww" });
    expect(c.database).to.deep.include({ kind: "mysql", url: "mysql://u:p@db:3306/ww" });
  });

  const bad: [string, string, RegExp][] = [
    ["DATABASE_URL", "nonsense", /DATABASE_URL: must be mysql:\/\/.* or sqlite:<path>/],
    ["DATABASE_URL", "mysql://u:secret@db:3306", /DATABASE_URL: needs a database name/],
    ["DATABASE_URL", "sqlite:", /DATABASE_URL: a sqlite URL needs a file path/],
    ["PORT", "http", /PORT: must be a whole number/],
    ["PORT", "70000", /PORT: must be between 0 and 65535/],
    ["APP_URL", "ftp://x", /APP_URL: must use http or https/],
    ["APP_URL", "not a url", /APP_URL: must be an absolute/],
    ["LOG_LEVEL", "loud", /LOG_LEVEL: must be one of/],
    ["MIGRATE_ON_START", "maybe", /MIGRATE_ON_START: must be true or false/],
    ["BODY_LIMIT", "huge", /BODY_LIMIT: must be a size/],
    ["SERVER_KEY_TYPE", "dsa", /SERVER_KEY_TYPE: must be one of/],
    ["SQLITE_SYNCHRONOUS", "off", /SQLITE_SYNCHRONOUS: must be one of full, normal/],
    ["METRICS_PORT", "prometheus", /METRICS_PORT: must be a whole number/],
    ["METRICS_HOST", "localhost", /METRICS_HOST: must be an IP address/],
    ["SERVER_KEY_PASSPHRASE", "short", /SERVER_KEY_PASSPHRASE: must be at least 12 characters/],
    ["SERVER_KEY_PASSPHRASE_FILE", "/nonexistent/passphrase", /SERVER_KEY_PASSPHRASE_FILE: cannot read/],
  ];
  for (const [name, value, message] of bad) {
    it(`refuses ${name}=${value} with a message naming the variable`, () => {
      let caught: unknown;
      try {
        loadConfig({ [name]: value });
      } catch (err) {
        caught = err;
      }
      expect(caught).to.be.instanceOf(ConfigError);
      expect((caught as ConfigError).variable).to.equal(name);
      expect((caught as Error).message).to.match(message);
    });
  }

  it("takes one of SERVER_KEY_PASSPHRASE and SERVER_KEY_PASSPHRASE_FILE, never echoing it", () => {
    // Test-only passphrase.
    expect(loadConfig({ SERVER_KEY_PASSPHRASE: "test-only passphrase" }).serverKeyPassphrase).to.equal(
      "test-only passphrase",
    );
    expect(loadConfig({}).serverKeyPassphrase).to.equal(undefined);
    expect(() => loadConfig({ SERVER_KEY_PASSPHRASE: "x".repeat(20), SERVER_KEY_PASSPHRASE_FILE: "/tmp/p" }))
      .to.throw(ConfigError, /SERVER_KEY_PASSPHRASE_FILE: cannot be set together/)
      .that.satisfies((e: Error) => !e.message.includes("x".repeat(20)));
    expect(() => loadConfig({ SERVER_KEY_PASSPHRASE: "secret7" }))
      .to.throw(ConfigError)
      .that.satisfies((e: Error) => !e.message.includes("secret7"));
  });

  it("never echoes a database password", () => {
    expect(() => loadConfig({ DATABASE_URL: "mysql://u:secret@db:3306" }))
      .to.throw(ConfigError)
      .that.satisfies((e: Error) => !e.message.includes("secret"));
    expect(redactUrl("mysql://u:secret@h/db")).to.equal("mysql://u:***@h/db");
  });
});
