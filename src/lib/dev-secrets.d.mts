export declare function loadDevSecrets(dataDir: string): {
  PAYLOAD_SECRET: string
  EMBEDDED_PG_PASSWORD: string
}
export declare function loadDevStorageKeys(dataDir: string): string
