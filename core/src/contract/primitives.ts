import * as z from 'zod/mini';

// Building blocks shared by the API's schemas. The contract depends on nothing but zod/mini (the
// small, tree-shakable build), because the typed client ships it to browsers inside CRM pages.

/** An entity id: what the API assigns, and what clients may choose on PUT. */
export const idSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, - or _'));

/** A display name. */
export const nameSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(120));

/** E.164: `+`, a country code that never starts with 0, 8 to 15 digits in all. */
export const E164_PATTERN = /^\+[1-9]\d{7,14}$/;

/** A private extension, as agents' phones and internal consult targets are usually dialled. */
export const EXTENSION_PATTERN = /^\d{2,8}$/;

/** A phone number in E.164 form, e.g. +390212345678. */
export const e164Schema = z.string().check(z.regex(E164_PATTERN, 'must be an E.164 number such as +390212345678'));

/** An internal extension: 2 to 8 digits. */
export const extensionSchema = z.string().check(z.regex(EXTENSION_PATTERN, 'must be an extension of 2-8 digits'));

/** Where an agent's phone rings: an E.164 number or an extension. */
export const dialNumberSchema = z.union([e164Schema, extensionSchema]);

/** Contact priority: 1 (most urgent) to 10. */
export const prioritySchema = z.number().check(z.int(), z.gte(1), z.lte(10));

/** Whole seconds, 0 up to a day. */
export const secondsSchema = z.number().check(z.int(), z.gte(0), z.lte(86_400));

/** A skill name. */
export const skillNameSchema = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, 'must be a skill name'));

/** An agent's skill: proficiency 1-10 or a yes/no skill. */
export const skillValueSchema = z.union([z.number().check(z.int(), z.gte(1), z.lte(10)), z.boolean()]);

/** A new password: 12 characters at least (length beats complexity rules); 200 at most, to bound the hashing work. */
export const passwordSchema = z.string().check(z.minLength(12), z.maxLength(200));
