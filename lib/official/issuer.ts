/*
 * The province this deployment serves (README: An Giang's Department of Science and Technology): the upper
 * line of DOST's heading and the place of its papers' date line.
 */
export const province = { place: "An Giang", committee: "UBND tỉnh An Giang" } as const;
