/** Abandon events carry slot + generation × SLOTS, so a reused slot never takes an old customer's timeout. */
export const SLOTS = 2 ** 22;
const PER_SLOT = 1 / SLOTS;

// An id is at most 2^52, so both are exact: multiplying by 1 / SLOTS, a power of two, loses nothing, where
// `%` and `/` on a double (an id past 2^31 is one) compile to a division or a call into the runtime.

/** The slot of an abandon event's id. */
export function slotOf(id: number): number {
  return id - SLOTS * Math.floor(id * PER_SLOT);
}

/** The slot generation an abandon event's id was made for. */
export function generationOf(id: number): number {
  return Math.floor(id * PER_SLOT);
}

/** A growable Int32/Float64/Uint8 column store for the customers currently in the system. */
export class Slots {
  capacity = 1024;
  arrival = new Float64Array(this.capacity);
  patience = new Float64Array(this.capacity);
  queue = new Uint8Array(this.capacity);
  status = new Uint8Array(this.capacity);
  answered = new Uint8Array(this.capacity);
  messagesLeft = new Uint16Array(this.capacity);
  hourCell = new Int32Array(this.capacity);
  agent = new Int32Array(this.capacity);
  nextPending = new Int32Array(this.capacity);
  random = new Int32Array(this.capacity);
  generation = new Uint32Array(this.capacity);
  /** 1 while the customer's message waits in its agent's line for a reply (not yet being typed). */
  awaiting = new Uint8Array(this.capacity);
  /** When the customer gives up waiting for the awaited reply (reply patience); Infinity when it never does. */
  giveUpAt = new Float64Array(this.capacity);
  /** When the customer sent the message now waiting for (or being given) a reply. */
  askedAt = new Float64Array(this.capacity);
  /** The (hour, queue) cell of the clock hour askedAt falls in. */
  askedCell = new Int32Array(this.capacity);
  private free: number[] = [];
  /** Slots ever handed out: every customer still in the system sits below this index. */
  used = 0;

  take(): number {
    if (this.free.length > 0) return this.free.pop()!;
    if (this.used === this.capacity) this.grow();
    return this.used++;
  }

  release(slot: number): void {
    this.generation[slot] = (this.generation[slot] + 1) % 2 ** 30;
    this.free.push(slot);
  }

  private grow(): void {
    if (this.capacity * 2 > SLOTS) throw new RangeError(`more than ${SLOTS} customers in the system at once`);
    this.capacity *= 2;
    const widen = <T extends Float64Array | Uint8Array | Uint16Array | Int32Array | Uint32Array>(old: T): T => {
      const wider = new (old.constructor as new (n: number) => T)(this.capacity);
      wider.set(old);
      return wider;
    };
    this.arrival = widen(this.arrival);
    this.patience = widen(this.patience);
    this.queue = widen(this.queue);
    this.status = widen(this.status);
    this.answered = widen(this.answered);
    this.messagesLeft = widen(this.messagesLeft);
    this.hourCell = widen(this.hourCell);
    this.agent = widen(this.agent);
    this.nextPending = widen(this.nextPending);
    this.random = widen(this.random);
    this.generation = widen(this.generation);
    this.awaiting = widen(this.awaiting);
    this.giveUpAt = widen(this.giveUpAt);
    this.askedAt = widen(this.askedAt);
    this.askedCell = widen(this.askedCell);
  }
}

/** A customer's own uniform stream (mulberry32 on the slot's state), so its reply and think times are the same whatever the cap. */
export function uniform(slots: Slots, slot: number): number {
  let t = (slots.random[slot] = (slots.random[slot] + 0x6d2b79f5) | 0);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
