/**
 * watchword-client: a command-line client for a Watchword (or Passbolt-compatible) server,
 * whose user's private key stays in their gpg keyring. A separate program that happens to share
 * the package: it imports nothing from the server (src/domain, src/db, src/http, ...), only
 * Node and the gpg binary. Every failure prints one line on stderr and exits non-zero
 * (clientError.ts lists the statuses).
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { ClientError, EXIT, usageError } from "./clientError.ts";
import { login, logout } from "./login.ts";
import { readSecret } from "./input.ts";
import { create, edit, get, LEVELS, ls, rm, session } from "./resources.ts";
import { share, shareFolder, type ShareOptions } from "./share.ts";
import { chooseServer } from "./state.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;
type Values = Record<string, string | boolean | string[] | undefined>;

interface Command {
  usage: string;
  summary: string;
  help: string;
  options: Options;
  /** How many positional arguments: [min, max]. */
  positionals: [number, number];
  run(values: Values, positionals: string[]): Promise<string | Buffer>;
}

const server = { type: "string" } as const;
const SERVER_HELP =
  "  --server URL          the server (default: $WATCHWORD_SERVER, or the only one logged in)\n";
const str = (v: Values, k: string) => v[k] as string | undefined;

function shareOptions(v: Values, command: string): ShareOptions {
  const withs = (v.with as string[] | undefined) ?? [];
  if (withs.length === 0) throw usageError(`${command} needs --with USER|GROUP`);
  const as = str(v, "as");
  if (!as || !(as in LEVELS)) throw usageError(`${command} needs --as read|update|owner`);
  return { with: withs, as: as as keyof typeof LEVELS };
}

const COMMANDS: Record<string, Command> = {
  login: {
    usage: "login --server URL --key FINGERPRINT [--user-id ID] [--accept-server-key FINGERPRINT]",
    summary: "log in with your gpg key (JWT challenge); pins the server key on first use",
    help:
      "  --server URL          the server's address, e.g. https://vault.example.com\n" +
      "  --key FINGERPRINT     your key in gpg (gpg -K --with-fingerprint); gpg-agent asks for its passphrase\n" +
      "  --user-id ID          your user id (found through the key when omitted)\n" +
      "  --accept-server-key FINGERPRINT\n" +
      "                        accept a changed server key with this fingerprint (after checking it with the operator)\n" +
      "The server key's fingerprint is pinned on the first login; a later login to a server presenting\n" +
      "another key is refused. Tokens are kept in $XDG_CONFIG_HOME/watchword-client/<host>.json (mode 0600).",
    options: {
      server,
      key: { type: "string" },
      "user-id": { type: "string" },
      "accept-server-key": { type: "string" },
    },
    positionals: [0, 0],
    async run(v) {
      if (!v.server) throw usageError("login needs --server URL");
      if (!v.key) throw usageError("login needs --key FINGERPRINT (your key in gpg)");
      return login({
        server: str(v, "server")!,
        key: str(v, "key")!,
        userId: str(v, "user-id"),
        acceptServerKey: str(v, "accept-server-key"),
      });
    },
  },
  logout: {
    usage: "logout [--server URL]",
    summary: "revoke the refresh token and forget the tokens (the server key pin stays)",
    help: SERVER_HELP,
    options: { server },
    positionals: [0, 0],
    run: (v) => logout(chooseServer(str(v, "server"))),
  },
  ls: {
    usage: "ls [--json] [--search TEXT] [--folder NAME|ID] [--owned] [--shared-with-me] [--favorite]",
    summary: "list the resources you can reach (id, name, username, URI, folder, your access)",
    help:
      "  --json                print JSON instead of a table\n" +
      "  --search TEXT         only those whose name, username or URI contains TEXT (any case)\n" +
      "  --folder NAME|ID      only those directly in this folder\n" +
      "  --owned               only those you own\n" +
      "  --shared-with-me      only those others shared with you\n" +
      "  --favorite            only your favorites\n" +
      SERVER_HELP,
    options: {
      server,
      json: { type: "boolean" },
      search: { type: "string" },
      folder: { type: "string" },
      owned: { type: "boolean" },
      "shared-with-me": { type: "boolean" },
      favorite: { type: "boolean" },
    },
    positionals: [0, 0],
    run: (v) =>
      ls(session(chooseServer(str(v, "server"))), {
        json: v.json === true,
        search: str(v, "search"),
        folder: str(v, "folder"),
        owned: v.owned === true,
        sharedWithMe: v["shared-with-me"] === true,
        favorite: v.favorite === true,
      }),
  },
  get: {
    usage: "get ID|NAME [--decrypt]",
    summary: "print the armored secret exactly as stored (pipe it into gpg -d), or --decrypt it",
    help:
      "  --decrypt             decrypt with gpg and print the password (or the JSON secret fields)\n" +
      SERVER_HELP,
    options: { server, decrypt: { type: "boolean" } },
    positionals: [1, 1],
    run: (v, [ref]) => get(session(chooseServer(str(v, "server"))), ref!, v.decrypt === true),
  },
  create: {
    usage:
      "create NAME [--username U] [--uri URI] [--description TEXT] [--folder NAME|ID] [--type TYPE] [--raw] < secret",
    summary: "create a resource; the secret is read from stdin and encrypted with gpg for your key",
    help:
      "  --username U, --uri URI, --description TEXT\n" +
      "  --folder NAME|ID      create it in this folder\n" +
      "  --type TYPE           password-string (default: the secret is the password) or\n" +
      "                        password-and-description (the description is encrypted too)\n" +
      "  --raw                 keep stdin byte for byte (by default one trailing newline is dropped)\n" +
      "Prints the new resource's id.\n" +
      SERVER_HELP,
    options: {
      server,
      username: { type: "string" },
      uri: { type: "string" },
      description: { type: "string" },
      folder: { type: "string" },
      type: { type: "string" },
      raw: { type: "boolean" },
    },
    positionals: [1, 1],
    async run(v, [name]) {
      const api = session(chooseServer(str(v, "server")));
      const secret = await readSecret(v.raw === true);
      return create(api, {
        name: name!,
        username: str(v, "username"),
        uri: str(v, "uri"),
        description: str(v, "description"),
        folder: str(v, "folder"),
        type: str(v, "type"),
        secret,
      });
    },
  },
  edit: {
    usage:
      "edit ID|NAME [--name N] [--username U] [--uri URI] [--description TEXT] [--secret [--raw]] [< secret]",
    summary: "change a resource; --secret reads a new secret from stdin, encrypted for everyone with access",
    help:
      "  --name N, --username U, --uri URI, --description TEXT\n" +
      "  --secret              read the new secret from stdin\n" +
      "  --raw                 keep stdin byte for byte\n" +
      SERVER_HELP,
    options: {
      server,
      name: { type: "string" },
      username: { type: "string" },
      uri: { type: "string" },
      description: { type: "string" },
      secret: { type: "boolean" },
      raw: { type: "boolean" },
    },
    positionals: [1, 1],
    async run(v, [ref]) {
      const api = session(chooseServer(str(v, "server")));
      return edit(api, ref!, {
        name: str(v, "name"),
        username: str(v, "username"),
        uri: str(v, "uri"),
        description: str(v, "description"),
        secret: v.secret === true ? await readSecret(v.raw === true) : undefined,
      });
    },
  },
  share: {
    usage: "share ID|NAME --with USER|GROUP [--with ...] --as read|update|owner",
    summary: "share a resource: decrypts it once, encrypts it for each new reader with gpg",
    help:
      "  --with USER|GROUP     a username (email), a group name, or an id; repeatable\n" +
      "  --as LEVEL            read, update or owner\n" +
      "Each recipient's key is used only if its fingerprint is the one the server states.\n" +
      SERVER_HELP,
    options: { server, with: { type: "string", multiple: true }, as: { type: "string" } },
    positionals: [1, 1],
    run(v, [ref]) {
      return share(session(chooseServer(str(v, "server"))), ref!, shareOptions(v, "share"));
    },
  },
  "share-folder": {
    usage: "share-folder NAME|ID --with USER|GROUP [--with ...] --as read|update|owner",
    summary: "share a folder and every resource in it (and below it) that you own",
    help:
      "  --with USER|GROUP     a username (email), a group name, or an id; repeatable\n" +
      "  --as LEVEL            read, update or owner\n" +
      "The folder's permissions first, then each resource as `share` does (progress on a terminal);\n" +
      "resources you do not own are left as they are and counted.\n" +
      SERVER_HELP,
    options: { server, with: { type: "string", multiple: true }, as: { type: "string" } },
    positionals: [1, 1],
    run(v, [ref]) {
      const o = shareOptions(v, "share-folder");
      return shareFolder(session(chooseServer(str(v, "server"))), ref!, o);
    },
  },
  rm: {
    usage: "rm ID|NAME",
    summary: "delete a resource",
    help: SERVER_HELP,
    options: { server },
    positionals: [1, 1],
    run: (v, [ref]) => rm(session(chooseServer(str(v, "server"))), ref!),
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    "usage: watchword-client <command> [options]",
    "",
    "A client for a Watchword (or Passbolt-compatible) server; your private key stays in gpg.",
    "",
    "commands:",
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    "",
    "`watchword-client <command> --help` for a command's options. Environment: GNUPGHOME (gpg's),",
    "WATCHWORD_SERVER, XDG_CONFIG_HOME, WATCHWORD_CLIENT_GPG (the gpg binary, default gpg).",
  ].join("\n");
}

const commandHelp = (name: string, c: Command) =>
  `usage: watchword-client ${c.usage}\n\n${c.summary}\n\n${c.help}`.trimEnd();

async function dispatch(argv: string[]): Promise<string | Buffer> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? rest[0] : undefined;
    if (topic && COMMANDS[topic]) return commandHelp(topic, COMMANDS[topic]);
    return usage();
  }
  const command = COMMANDS[name];
  if (!command) throw usageError(`unknown command "${name}": see watchword-client --help`);
  if (rest.includes("--help") || rest.includes("-h")) return commandHelp(name, command);
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true }) as {
      values: Values;
      positionals: string[];
    };
  } catch (err) {
    throw usageError(`${name}: ${(err as Error).message.split("\n")[0]}`);
  }
  const [min, max] = command.positionals;
  if (parsed.positionals.length < min || parsed.positionals.length > max)
    throw usageError(`usage: watchword-client ${command.usage}`);
  return command.run(parsed.values, parsed.positionals);
}

/**
 * Messages and tables name things others chose (resource, folder and group names, the server's
 * messages): their control characters are shown as "?", so that none reaches the terminal as
 * an escape sequence. Data (get) is printed as it is.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
const printable = (text: string): string => text.replace(CONTROL, "?");

export async function main(argv: string[]): Promise<void> {
  // `get ID | head -c 10`: a reader that stops early is not an error
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
  try {
    const out = await dispatch(argv);
    if (typeof out === "string") {
      const text = printable(out);
      if (text.length > 0) process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
    } else process.stdout.write(out);
  } catch (err) {
    if (err instanceof ClientError) {
      process.stderr.write(`watchword-client: ${printable(err.message).replace(/\n/g, " ")}\n`);
      process.exitCode = err.exitCode;
    } else {
      process.stderr.write(`watchword-client: unexpected error: ${(err as Error)?.message ?? String(err)}\n`);
      process.exitCode = EXIT.failed;
    }
  }
}
