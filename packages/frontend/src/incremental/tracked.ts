/**
 * The front end's registries (schemas, enums, declared names…) as maps and sets that tell the unit being
 * recorded what it read and wrote. A cached unit (one declaration's conversion) is replayed only while every
 * registry entry it read still holds the same value, and replaying it re-applies exactly what it wrote.
 */

/** The value a read saw when the key was absent. */
export const ABSENT: unique symbol = Symbol("absent");

/** One registry the unit recorder tracks; `channel` names it in the recording. */
export interface Registry {
  readonly channel: string;
  /** The current value, or ABSENT. */
  peek(key: unknown): unknown;
  /** Puts back a recorded write (ABSENT deletes). */
  restore(key: unknown, value: unknown): void;
}

export interface Recorder {
  read(registry: Registry, key: unknown, value: unknown): void;
  write(registry: Registry, key: unknown, value: unknown): void;
}

/** Shared by every registry of one front-end run: set while a unit is being recorded. */
export interface Tracking {
  recorder: Recorder | undefined;
}

export class TrackedMap<K, V> extends Map<K, V> implements Registry {
  constructor(
    private readonly tracking: Tracking,
    readonly channel: string,
    /** Maps a value about to be stored to an equal one of the previous build, so its identity survives. */
    private readonly intern: (key: K, value: V) => V = (_k, v) => v,
  ) {
    super();
  }

  override get(key: K): V | undefined {
    const value = super.get(key);
    this.tracking.recorder?.read(this, key, value === undefined && !super.has(key) ? ABSENT : value);
    return value;
  }

  override has(key: K): boolean {
    const present = super.has(key);
    this.tracking.recorder?.read(this, key, present ? super.get(key) : ABSENT);
    return present;
  }

  override set(key: K, value: V): this {
    const stored = this.intern(key, value);
    super.set(key, stored);
    this.tracking?.recorder?.write(this, key, stored);
    return this;
  }

  override delete(key: K): boolean {
    this.tracking.recorder?.write(this, key, ABSENT);
    return super.delete(key);
  }

  peek(key: unknown): unknown {
    return super.has(key as K) ? super.get(key as K) : ABSENT;
  }

  restore(key: unknown, value: unknown): void {
    if (value === ABSENT) super.delete(key as K);
    else super.set(key as K, value as V);
  }
}

export class TrackedSet<T> extends Set<T> implements Registry {
  constructor(
    private readonly tracking: Tracking,
    readonly channel: string,
  ) {
    super();
  }

  override has(value: T): boolean {
    const present = super.has(value);
    this.tracking.recorder?.read(this, value, present);
    return present;
  }

  override add(value: T): this {
    super.add(value);
    this.tracking?.recorder?.write(this, value, true);
    return this;
  }

  override delete(value: T): boolean {
    this.tracking.recorder?.write(this, value, false);
    return super.delete(value);
  }

  peek(key: unknown): unknown {
    return super.has(key as T);
  }

  restore(key: unknown, value: unknown): void {
    if (value === true) super.add(key as T);
    else super.delete(key as T);
  }
}
