import { EntitySchema } from "typeorm";

/** Server key material shared by every server process: the OpenPGP key, later the JWT key. */
export interface ServerKey {
  id: string;
  kind: string;
  fingerprint: string;
  publicKey: string;
  privateKey: string;
  created: Date;
}

export const ServerKeyEntity = new EntitySchema<ServerKey>({
  name: "ServerKey",
  tableName: "server_keys",
  columns: {
    id: { type: "varchar", length: 36, primary: true },
    kind: { type: "varchar", length: 32 },
    fingerprint: { type: "varchar", length: 64 },
    publicKey: { name: "public_key", type: "text" },
    privateKey: { name: "private_key", type: "text" },
    created: { type: "datetime" },
  },
});
