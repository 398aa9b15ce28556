import { randomInt } from "node:crypto";

// No look-alike characters (0/O, 1/l/I), so it can be read out or copied by hand.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random password of `length` characters from an unambiguous alphabet (crypto RNG). */
export function generatePassword(length = 16): string {
  let password = "";
  for (let i = 0; i < length; i += 1) password += ALPHABET[randomInt(ALPHABET.length)];
  return password;
}
