import { Plugin } from "obsidian";

export default class FlashcardReviewPlugin extends Plugin {
	override async onload(): Promise<void> {}
}
