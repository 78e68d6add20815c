/** The English dictionary has the Japanese one's shape: a key missing in either fails the type check. */
export type Shape<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends (...args: infer A) => string ? (...args: A) => string : Shape<T[K]>
}
