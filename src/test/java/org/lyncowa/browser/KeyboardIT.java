package org.lyncowa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.lyncowa.plan.Plan;
import org.lyncowa.support.PlanForms;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Someone who uses only the keyboard: they can finish a journey, and always see where the focus is. */
class KeyboardIT extends BrowserTestBase {

    private static final int MAX_TABS = 80;

    @Test
    void aWholeJourneyWithTabSpaceArrowsAndEnterOnly() {
        Plan plan = Presets.typed(Presets.LITWARE);
        open("/");
        tabTo(e -> "button".equals(e.getTagName()) && e.findElements(By.xpath("ancestor::form[contains(@action,'/start')]")).size() == 1);
        pressAndWaitForNewPage(Keys.ENTER);
        assertThat(currentPath()).isEqualTo("/steps/compatibility");

        for (String step : List.of("/steps/compatibility", "/steps/trusted-pool", "/steps/instant-messaging",
                "/steps/mailbox-policy")) {
            assertThat(currentPath()).isEqualTo(step);
            answerWithKeys(PlanForms.fields(step, plan));
        }
        assertThat(currentPath()).isEqualTo("/steps/verification");
        tabTo(e -> "submit".equals(e.getDomAttribute("type")) && String.valueOf(e.getDomAttribute("class")).contains("continue-button"));
        pressAndWaitForNewPage(Keys.SPACE);
        assertThat(currentPath()).isEqualTo("/check-answers");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains(Presets.shownValues(Presets.expected(Presets.LITWARE)));
    }

    /** Radios by arrow keys (Space for the first one), text by typing, Enter on Continue. */
    private void answerWithKeys(Map<String, String> fields) {
        String page = currentPath();
        for (Map.Entry<String, String> answer : fields.entrySet()) {
            String name = answer.getKey();
            String value = answer.getValue();
            if (!driver.findElements(By.cssSelector("input[type=radio][name='" + name + "']")).isEmpty()) {
                tabTo(e -> name.equals(e.getDomAttribute("name")));
                for (int i = 0; i < 5 && !value.equals(active().getDomAttribute("value")); i++) {
                    active().sendKeys(Keys.ARROW_DOWN);
                }
                assertThat(active().getDomAttribute("value")).isEqualTo(value);
                if (!active().isSelected()) {
                    active().sendKeys(Keys.SPACE);
                }
                assertThat(active().isSelected()).as("%s=%s chosen", name, value).isTrue();
            } else if (!value.isEmpty() && !driver.findElements(By.name(name)).isEmpty()) {
                tabTo(e -> name.equals(e.getDomAttribute("name")));
                active().sendKeys(value);
            }
        }
        tabTo(e -> "submit".equals(e.getDomAttribute("type")) && String.valueOf(e.getDomAttribute("class")).contains("continue-button"));
        pressAndWaitForNewPage(Keys.ENTER);
        assertThat(currentPath()).as("Enter on Continue saved %s", page).isNotEqualTo(page);
    }

    @Test
    void everyElementTheKeyboardReachesShowsAVisibleFocusOutline() {
        open("/");
        andWaitForNewPage(() -> driver.findElement(By.cssSelector("main form[action$='/start'] button")).click());
        pressContinue(); // the page with errors: summary links, invalid fields, radios, the back link
        List<String> seen = new ArrayList<>();
        List<String> invisible = new ArrayList<>();
        // With JavaScript the error summary already has the focus: start there, then Tab on.
        for (int i = 0; i < MAX_TABS; i++) {
            WebElement focused = active();
            if ("body".equals(focused.getTagName())) {
                focused.sendKeys(Keys.TAB);
                continue;
            }
            String id = focused.getTagName() + "#" + focused.getDomAttribute("id") + "[" + focused.getText() + "]";
            if (seen.contains(id)) {
                break;
            }
            seen.add(id);
            @SuppressWarnings("unchecked")
            Map<String, Object> style = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                    "var s = getComputedStyle(document.activeElement);"
                            + "return {style: s.outlineStyle, width: s.outlineWidth, visible: document.activeElement.matches(':focus-visible')};");
            double width = Double.parseDouble(String.valueOf(style.get("width")).replace("px", ""));
            if ("none".equals(style.get("style")) || width < 2 || !Boolean.TRUE.equals(style.get("visible"))) {
                invisible.add(id + " " + style);
            }
            focused.sendKeys(Keys.TAB);
        }
        assertThat(seen).as("the keyboard reaches the fields and links").hasSizeGreaterThan(8);
        assertThat(invisible).as("focused without a visible outline").isEmpty();
    }

    private WebElement active() {
        return driver.switchTo().activeElement();
    }

    private void tabTo(Predicate<WebElement> target) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (target.test(active())) {
                return;
            }
            active().sendKeys(Keys.TAB);
        }
        throw new AssertionError("the keyboard never reached the element on " + currentPath());
    }

    private void pressAndWaitForNewPage(CharSequence key) {
        WebElement button = active();
        andWaitForNewPage(() -> button.sendKeys(key));
    }
}
