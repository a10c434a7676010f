package org.unionregions.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unionregions.TempStore;
import org.unionregions.store.DataStore;
import org.unionregions.store.DeckRepository.Entry;
import org.unionregions.ui.data.DataScreen;
import org.unionregions.ui.present.Slide;
import org.unionregions.ui.profile.ProfileScreen;

/** A presenter composes a deck: order, texts and notes are kept, saved and built into slides as composed. */
class DeckComposerViewModelTest {

    @RegisterExtension
    final TempStore temp = new TempStore();
    private DataStore store;
    private MainViewModel main;

    @BeforeEach
    void open() {
        store = temp.store();
        main = Windows.started(store, temp.dir(), "ru");
        main.open(ProfileScreen.ID, java.util.Map.of("region", "BY-GR"));
        main.views().saveCurrent("Гродно", false);
        main.screenProperty().set(DataScreen.ID);
        main.views().saveCurrent("Таблица", false); // a Data screen's table is no slide
    }

    @Test
    void theDeckKeepsItsOrderTextsAndNotesAndBuildsItsSlidesSo() {
        DeckComposerViewModel deck = main.decks();
        assertEquals(List.of("standard", "view:Гродно"), deck.choices().stream().map(Entry::content).toList(),
                "the Data view offers no slide");
        deck.save();
        assertEquals("У презентации должно быть название.", deck.statusProperty().get());
        deck.nameProperty().set("Совещание");
        deck.save();
        assertEquals("В презентации пока нет слайдов: добавьте стандартные слайды или сохранённый вид.",
                deck.statusProperty().get());

        deck.add(Entry.standard());
        deck.add(Entry.view("Гродно"));
        deck.move(1, -1);
        deck.edit(0, "Гродненская область сегодня", "", "Сказать о XII Форуме");
        deck.save();
        assertEquals("Презентация «Совещание» сохранена (пунктов: 2).", deck.statusProperty().get());
        assertEquals(List.of("view:Гродно", "standard"), store.decks().named("Совещание").orElseThrow().entries()
                .stream().map(Entry::content).toList());

        AtomicReference<List<Slide>> slides = new AtomicReference<>();
        deck.compose(slides::set);
        assertEquals(8, slides.get().size());
        assertEquals("Гродненская область сегодня", slides.get().get(0).title());
        assertEquals("Сказать о XII Форуме", slides.get().get(0).notes());
        assertTrue(slides.get().get(0).subtitle().startsWith("Беларусь"), "the slide's own subtitle kept");

        main.views().delete(main.views().views().get(0));
        deck.compose(slides::set);
        assertEquals("В презентации есть вид «Гродно», которого больше нет: сохраните его снова или уберите из"
                + " презентации.", deck.statusProperty().get());
    }
}
