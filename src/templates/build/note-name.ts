/**
 * The name of the organisation's note (`{{additionalInfo}}`): the page stack's `va:grow` text,
 * whose box the brand engine sets to the height of the brand's note (contract section 9).
 */
export const NOTE_NAME = 'Additional information va:grow';
